import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendgrid } from '../../../mocks/sendgrid'
import { testPayload } from '../../../tests/support/payload'
import { sendgridAdapter } from './sendgridAdapter'

const vendor = sendgrid()
const server = setupServer(...vendor.handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }))
afterAll(() => server.close())

const adapter = async () =>
  sendgridAdapter({ apiKey: 'SG.test-key', fromAddress: 'bonjour@atlas.test', fromName: 'Atlas' })({
    payload: await testPayload(),
  })

describe('the SendGrid mail adapter', () => {
  it('sends the mail with the API key, sender, recipients, subject and both bodies', async () => {
    const mailer = await adapter()
    const result = await mailer.sendEmail({
      to: [{ address: 'camille@exemple.fr', name: 'Camille' }, 'léa@exemple.fr'],
      subject: 'Bienvenue sur Atlas',
      html: '<p>Bonjour</p>',
      text: 'Bonjour',
    })
    expect(result).toEqual({ id: 'msg-1' })
    const { mail, authorization } = vendor.sent.at(-1)!
    expect(authorization).toBe('Bearer SG.test-key')
    expect(mail.from).toEqual({ email: 'bonjour@atlas.test', name: 'Atlas' })
    expect(mail.personalizations[0]!.to.map((t) => t.email)).toEqual(['camille@exemple.fr', 'léa@exemple.fr'])
    expect(mail.subject).toBe('Bienvenue sur Atlas')
    expect(mail.content).toEqual(
      expect.arrayContaining([
        { type: 'text/plain', value: 'Bonjour' },
        { type: 'text/html', value: '<p>Bonjour</p>' },
      ]),
    )
  })

  it('reports SendGrid’s refusal with its reason and status', async () => {
    const mailer = await adapter()
    vendor.failWith(400, 'The from address does not match a verified Sender Identity')
    await expect(mailer.sendEmail({ to: 'x@exemple.fr', subject: 'x', text: 'x' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/verified Sender Identity/),
    })
    vendor.recover()
  })
})
