import { describe, expect, it } from 'vitest'
import { progressReporter } from './progressReporter'

describe('progress reports of a render', () => {
  it('writes at most once per 250 ms, keeps the percentage between 0 and 99 and never lets it go back', async () => {
    const writes: [number, string][] = []
    let clock = 1000
    const report = progressReporter(async (pct, stage) => void writes.push([pct, stage]), 250, () => clock)
    await report(10, 'documents.stage.loading')
    clock += 100
    await report(20, 'documents.stage.figures') // too soon: dropped
    clock += 200
    await report(5, 'documents.stage.charts') // lower than 10: stays 10
    clock += 250
    await report(150, 'documents.stage.layout') // 100 is the job's own final write
    expect(writes).toEqual([
      [10, 'documents.stage.loading'],
      [10, 'documents.stage.charts'],
      [99, 'documents.stage.layout'],
    ])
  })
})
