import type { TaskConfig } from 'payload'
import { releaseStaleRenders } from '../documents/releaseStaleRenders'
import { releaseStaleEmailJobs } from './releaseStaleJobs'
import { DEFAULT_QUEUE } from './queues'

/**
 * Every five minutes, besides at start-up: mail jobs held by a runner that died go back to the queue, and so do
 * client documents it left half-rendered (documents/releaseStaleRenders.ts).
 */
export const releaseStaleEmailJobsTask: TaskConfig<{ input: object; output: { released: number } }> = {
  slug: 'releaseStaleEmailJobs',
  label: 'Release mail jobs of stopped runners',
  schedule: [{ cron: '*/5 * * * *', queue: DEFAULT_QUEUE }],
  outputSchema: [{ name: 'released', type: 'number' }],
  handler: async ({ req }) => {
    const mails = await releaseStaleEmailJobs(req.payload)
    const renders = await releaseStaleRenders(req.payload)
    return { output: { released: mails + renders.length } }
  },
}
