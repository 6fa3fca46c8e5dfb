import type { Sri } from './recommendation'

/**
 * The plausible loss of a product over one unfavourable year, per SRI: the
 * band the capacity-for-loss check uses (its upper bound is the loss counted).
 *
 * | SRI | band        | source                                                                 |
 * |-----|-------------|------------------------------------------------------------------------|
 * | 1   | 0–1 %       | PRIIPs market-risk class 1: VaR-equivalent volatility (VEV) < 0,5 %     |
 * | 2   | 1–5 %       | MRM class 2: VEV 0,5–5 %                                               |
 * | 3   | 5–12 %      | MRM class 3: VEV 5–12 %                                                |
 * | 4   | 12–20 %     | MRM class 4: VEV 12–20 %                                               |
 * | 5   | 20–30 %     | MRM class 5: VEV 20–30 %                                               |
 * | 6   | 30–50 %     | MRM class 6 is VEV 30–80 %: capped at 50 %, a severe equity-type fall   |
 * | 7   | 50–100 %    | MRM class 7 (VEV > 80 %): the whole capital can be lost (crypto, leverage) |
 *
 * (Commission Delegated Regulation (EU) 2017/653, annex II, VEV bands of the
 * market-risk measure.) A dated, documented choice of the firm: the advisor
 * reads it in the report beside the figure.
 */
export const LOSS_BANDS: Readonly<Record<Sri, { minPct: number; maxPct: number }>> = {
  1: { minPct: 0, maxPct: 1 },
  2: { minPct: 1, maxPct: 5 },
  3: { minPct: 5, maxPct: 12 },
  4: { minPct: 12, maxPct: 20 },
  5: { minPct: 20, maxPct: 30 },
  6: { minPct: 30, maxPct: 50 },
  7: { minPct: 50, maxPct: 100 },
}
