/** Interface texts for the search area, by UI language (en is the reference; az and ru mirror its keys). */
const en = {}

const az: typeof en = {}

const ru: typeof en = {}

export default { en, az, ru }
