/** Runs a connector inside a mounted search page (see ../search/support.ts) and hands back what it returns. */
import { defineComponent } from 'vue'
import { mountWithState, type MountOptions } from '../search/support.ts'

export function withConnector<T>(connector: () => T, options: MountOptions = {}) {
  let result: T | undefined
  const Probe = defineComponent({
    setup() {
      result = connector()
      return () => null
    },
  })
  const mounted = mountWithState(Probe, options)
  return { ...mounted, connector: result as T }
}
