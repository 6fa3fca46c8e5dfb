import { callToActionBlock } from './callToAction'
import { faqBlock } from './faq'
import { featuresBlock } from './features'
import { heroBlock } from './hero'
import { pricingTableBlock } from './pricingTable'
import { proseBlock } from './prose'

/** Every block a page is built from, in the order editors see them. */
export const PAGE_BLOCKS = [heroBlock, featuresBlock, pricingTableBlock, faqBlock, callToActionBlock, proseBlock]
