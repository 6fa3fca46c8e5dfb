import type { Page } from 'playwright-core'

/**
 * What makes a page wider than its viewport: the document's scroll width and
 * the elements whose right edge passes the viewport (tag, class, test id and
 * width), so a failed "nothing wider than the screen" check names the culprit.
 */
export async function pageOverflow(page: Page, within?: string): Promise<{ scrollWidth: number; offenders: string[] }> {
  // `within`: only the elements inside that selector count (a section of a page whose frame is someone else's).
  return page.evaluate((scope) => {
    const limit = document.documentElement.clientWidth
    const offenders: string[] = []
    const root = scope ? document.querySelector(scope) : document.body
    for (const element of Array.from(root?.querySelectorAll('*') ?? [])) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.right <= limit + 0.5) continue
      // Inside a box that clips or scrolls sideways (a table scroller, the portal nav), that box is what counts.
      let clipped = false
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible' && parent.getBoundingClientRect().right <= limit + 0.5) {
          clipped = true
          break
        }
      }
      if (clipped) continue
      const testId = element.getAttribute('data-testid')
      offenders.push(`${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}${testId ? `[${testId}]` : ''} right=${Math.round(box.right)} width=${Math.round(box.width)}`)
      if (offenders.length >= 8) break
    }
    return { scrollWidth: document.documentElement.scrollWidth, offenders }
  }, within)
}
