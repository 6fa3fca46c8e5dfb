/** One nivo theme for the portal charts: the site's font, readable sizes, quiet grid. */
export const CHART_THEME = {
  background: 'transparent',
  text: { fontFamily: 'inherit', fontSize: 13, fill: '#475467' },
  axis: { ticks: { text: { fontSize: 13, fill: '#475467' } } },
  grid: { line: { stroke: '#e4e7ec', strokeWidth: 1 } },
}

/** Slice colours, distinct and with enough contrast against white. */
export const SLICE_COLORS = ['#0f766e', '#1e3a8a', '#b45309', '#7c3aed', '#be123c', '#0369a1', '#4d7c0f', '#a16207', '#475467', '#9d174d']
