import { describe, expect, it } from 'vitest'
import { createCast, type Account } from '../../tests/support/accounts'
import { testEnv } from '../../tests/support/env'
import { rest } from '../../tests/support/rest'

/*
 * "Documents" on the admin's client page (/admin/clients/:id), as the server renders it for each viewer (their token
 * in the Authorization header: Payload's admin reads it as it reads its cookie, which it takes from a browser only):
 * a client's versions never show on another client's page nor to another advisor, and "Générer" is there for the
 * client's advisor and admins only. Rows are made the real way: the generate endpoint, then the job.
 */
const clientPage = async (viewer: Account, clientId: number) => {
  const response = await fetch(`${testEnv.cmsUrl}/admin/clients/${clientId}`, { headers: { Authorization: `JWT ${viewer.token}`, 'Accept-Language': 'fr' }, redirect: 'manual' })
  expect(response.status).toBe(200)
  return response.text()
}

const generate = async (viewer: Account, investor: number, kind: string) => {
  const { status, body } = await rest('POST', '/client-documents/generate', { token: viewer.token, body: { investor, kind } })
  expect(status, JSON.stringify(body)).toBe(202)
  return body.document.id as number
}

/** Waits for the job to finish with the document (ready or failed): the section shows both. */
const settled = async (viewer: Account, id: number) => {
  for (let i = 0; i < 120; i++) {
    const { body } = await rest('GET', `/client-documents/${id}?depth=0`, { token: viewer.token })
    if (body?.status === 'ready' || body?.status === 'failed') return body
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`document ${id} still in progress after 60 s`)
}

const pdfLink = (id: number) => `/api/client-documents/${id}/pdf`

describe('the documents section of the client page', () => {
  it('shows a client’s own versions only, never another advisor’s client’s; Générer for their advisor and admins, not for editors', async () => {
    const cast = await createCast()
    const mine = await generate(cast.advisor, cast.investor.id, 'lettreMission')
    const theirs = await generate(cast.otherAdvisor, cast.otherInvestor.id, 'lettreMission')
    expect((await settled(cast.advisor, mine)).status).toBe('ready')
    await settled(cast.otherAdvisor, theirs)

    // The advisor on their client's page: the version and its download, "Générer" for each kind, nothing of the other client.
    const advisorView = await clientPage(cast.advisor, cast.investor.id)
    expect(advisorView).toContain('data-testid="client-documents"')
    expect(advisorView).toContain(pdfLink(mine))
    expect(advisorView).not.toContain(`/api/client-documents/${theirs}/`)
    for (const kind of ['bilan', 'adequation', 'der', 'lettreMission']) expect(advisorView).toContain(`id="generate-${kind}"`)
    expect(advisorView).toContain('Lettre de mission')
    expect(advisorView).toContain('En attente de signature du client')

    // The other advisor's client: not this advisor's page at all.
    const stranger = await clientPage(cast.advisor, cast.otherInvestor.id)
    expect(stranger).toContain('data-testid="client-not-found"')
    expect(stranger).not.toContain(`/api/client-documents/${theirs}/`)
    expect(stranger).not.toContain('id="generate-')

    // An admin reads both clients, each page with its own versions only.
    const adminMine = await clientPage(cast.admin, cast.investor.id)
    expect(adminMine).toContain(pdfLink(mine))
    expect(adminMine).not.toContain(`/api/client-documents/${theirs}/`)
    expect(adminMine).toContain('id="generate-bilan"')
    const adminTheirs = await clientPage(cast.admin, cast.otherInvestor.id)
    expect(adminTheirs).toContain(pdfLink(theirs))
    expect(adminTheirs).not.toContain(pdfLink(mine))

    // An editor: no client page, no documents, no "Générer".
    const editorView = await clientPage(cast.editor, cast.investor.id)
    expect(editorView).not.toContain('data-testid="client-documents"')
    expect(editorView).not.toContain(pdfLink(mine))
    expect(editorView).not.toContain('id="generate-')
  })
})
