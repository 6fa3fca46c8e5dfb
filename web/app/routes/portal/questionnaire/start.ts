import { redirect } from 'react-router'
import { completion } from '@atlas/shared/profile/questionnaire'
import type { Route } from './+types/start'
import { requireProfile } from '../../../lib/questionnaire.server'
import { REVIEW_SLUG, stepSpecById } from '@atlas/shared/profile/questionnaire/formSpec'

/** `/portail/questionnaire`: resume at the first step not complete yet, or the review when all are. */
export async function loader({ request }: Route.LoaderArgs) {
  const { profile, headers } = await requireProfile(request)
  const [first] = completion(profile).missing
  return redirect(`/portail/questionnaire/${first ? stepSpecById(first).slug : REVIEW_SLUG}`, { headers })
}
