import { describe, expect, it } from 'vitest'
import { moveForKey, stepIndex } from '../../../src/core/ui/listNavigation.ts'

describe('moveForKey', () => {
  it('maps arrows, Home and End; j/k only when asked', () => {
    expect(moveForKey('ArrowDown')).toBe('next')
    expect(moveForKey('ArrowUp')).toBe('previous')
    expect(moveForKey('Home')).toBe('first')
    expect(moveForKey('End')).toBe('last')
    expect(moveForKey('j')).toBeUndefined()
    expect(moveForKey('j', { letters: true })).toBe('next')
    expect(moveForKey('k', { letters: true })).toBe('previous')
    expect(moveForKey('ArrowRight', { horizontal: true })).toBe('next')
    expect(moveForKey('ArrowDown', { horizontal: true })).toBeUndefined()
  })
})

describe('stepIndex', () => {
  it('steps and stops at the ends', () => {
    expect(stepIndex(-1, 3, 'next')).toBe(0)
    expect(stepIndex(0, 3, 'next')).toBe(1)
    expect(stepIndex(2, 3, 'next')).toBe(2)
    expect(stepIndex(0, 3, 'previous')).toBe(0)
    expect(stepIndex(-1, 3, 'previous')).toBe(2)
  })
  it('wraps when asked', () => {
    expect(stepIndex(2, 3, 'next', true)).toBe(0)
    expect(stepIndex(0, 3, 'previous', true)).toBe(2)
  })
  it('jumps to the ends and is -1 for an empty list', () => {
    expect(stepIndex(1, 3, 'first')).toBe(0)
    expect(stepIndex(1, 3, 'last')).toBe(2)
    expect(stepIndex(0, 0, 'next')).toBe(-1)
  })
})
