import { redirect } from 'react-router'
import type { Route } from './+types/logout'
import { logout } from '../../lib/session.server'

/** POST only: ends the session at the cms and here, then home. */
export const action = ({ request }: Route.ActionArgs) => logout(request, '/')

/** Never log out on a GET (a link or prefetch could trigger it). */
export const loader = () => redirect('/')
