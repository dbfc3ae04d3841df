/**
 * Texts for what the app refuses or fails closed on: unknown widget presets,
 * corpus addresses it will not load, load failures, and archives from another
 * site.
 */
const en = {
  preset: {
    title: 'This search is set up with ids the archive does not have:',
    nothing: 'The search is limited to ids this archive does not have, so it shows no releases.',
  },
  failure: {
    refusedTitle: 'This archive address is refused',
  },
  origin: {
    banner: 'This archive comes from {host}, not from this site.',
  },
}

export default en
