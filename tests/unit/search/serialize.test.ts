import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { bytesToString, stringToBytes } from '../../../src/core/search/serialize.ts'

describe('bytes as a string', () => {
  it('round-trips any bytes, odd lengths included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40000 }), (bytes) => {
        expect(Array.from(stringToBytes(bytesToString(bytes.slice().buffer)))).toEqual(Array.from(bytes))
      }),
      { numRuns: 50 },
    )
  })
})
