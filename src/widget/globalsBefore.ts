/**
 * Imported before Vue: notes which of the globals Vue's runtime creates
 * already exist, so main.ts can remove the ones this module added and the
 * widget leaves nothing on `window` but its element.
 */
export const VUE_GLOBALS = ['__VUE_INSTANCE_SETTERS__', '__VUE_SSR_SETTERS__'] as const

export const preexistingVueGlobals = new Set(VUE_GLOBALS.filter((name) => name in globalThis))
