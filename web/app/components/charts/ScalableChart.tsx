import type { ReactNode } from 'react'

/**
 * Wraps a non-responsive nivo chart (drawn at `width` × `height`) in an SVG
 * whose viewBox has the same size, so it scales to its container's width with
 * a fixed aspect ratio: rendered on the server, no measuring, no layout shift.
 */
export function ScalableChart({
  width, height, label, className, children,
}: { width: number; height: number; label?: string; className?: string; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={['chart-svg', className].filter(Boolean).join(' ')}
      // Without a label the chart is decorative: its figures are written out next to it.
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      preserveAspectRatio="xMidYMid meet"
    >
      {children}
    </svg>
  )
}
