import fc from 'fast-check'

/** Any day from year 1 to 9999 as `YYYY-MM-DD`, built with UTC arithmetic rather than the code under test. */
export const anyDay = fc
  .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
