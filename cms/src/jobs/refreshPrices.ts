import type { TaskConfig, TaskHandler } from 'payload'
import { refreshQuotedHoldings, type RefreshResult } from '../prices/refreshQuotedHoldings'
import { isRefreshHour } from '../prices/refreshSlot'
import { DEFAULT_QUEUE } from './queues'

/**
 * Once a day at 18:30 Paris time: every quoted holding (crypto, listed
 * securities) valued at the day's price, one valuation point per asset per
 * day (prices/refreshQuotedHoldings.ts). The cron fires at minute 30 of every
 * hour in the server's timezone; only the run that falls in Paris's 18h hour
 * is queued (prices/refreshSlot.ts). `owner` limits a run to one investor.
 */
type RefreshPricesIO = { input: { owner?: number }; output: RefreshResult }

/** The task's handler, exported so tests run it directly. */
export const refreshPricesHandler: TaskHandler<RefreshPricesIO> = async ({ input, req }) => ({
  output: await refreshQuotedHoldings(req.payload, { owner: input?.owner ?? undefined }),
})

export const refreshPricesTask: TaskConfig<RefreshPricesIO> = {
  slug: 'refreshPrices',
  label: 'Refresh quoted holdings from the day’s prices',
  schedule: [
    {
      cron: '30 * * * *',
      queue: DEFAULT_QUEUE,
      hooks: {
        beforeSchedule: (args) =>
          isRefreshHour(args.queueable.waitUntil ?? new Date()) ? args.defaultBeforeSchedule(args) : { shouldSchedule: false },
      },
    },
  ],
  inputSchema: [{ name: 'owner', type: 'number' }],
  outputSchema: [
    { name: 'refreshed', type: 'number' },
    { name: 'unchanged', type: 'number' },
    { name: 'unknown', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: refreshPricesHandler,
}
