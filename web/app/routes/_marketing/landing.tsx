/* The home page is the cms page `accueil`, rendered like every other page. */
export { default, handle, headers, loader, meta } from './page'
