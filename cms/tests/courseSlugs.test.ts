import { beforeAll, describe, expect, it } from 'vitest'
import { createAccount, type Account } from '../../tests/support/accounts'
import { rest } from '../../tests/support/rest'

/**
 * Course and lesson slugs an editor need not type (issue #12, defect 9):
 * made from the title when left empty, numbered when taken, still editable;
 * a typed slug already used is refused at its field, in French.
 */
let editor: Account
beforeAll(async () => {
  editor = await createAccount('editor')
})

const tag = () => Math.random().toString(36).slice(2, 8)
const transcript = 'Transcription.'

describe('slugs made from titles', () => {
  it('gives a course without a slug one from its title, accents turned to ascii, and its lessons theirs, unique in the course', async () => {
    const suffix = tag()
    const { status, body } = await rest('POST', '/courses', {
      token: editor.token,
      body: {
        title: `Épargne réglementée & fonds euros ${suffix}`,
        _status: 'published',
        lessons: [
          { blockType: 'video', title: 'Qu’est-ce qu’un livret ?', transcript },
          { blockType: 'video', title: 'Qu’est-ce qu’un livret ?', transcript },
          { blockType: 'video', title: 'Le fonds euros', slug: 'mon-choix', transcript },
        ],
      },
    })
    expect(status).toBe(201)
    expect(body.doc.slug).toBe(`epargne-reglementee-fonds-euros-${suffix}`)
    expect(body.doc.lessons.map((l: { slug: string }) => l.slug)).toEqual(['qu-est-ce-qu-un-livret', 'qu-est-ce-qu-un-livret-2', 'mon-choix'])
  })

  it('numbers a generated course slug another course already has', async () => {
    const title = `Les SCPI ${tag()}`
    const first = await rest('POST', '/courses', { token: editor.token, body: { title, _status: 'published' } })
    const second = await rest('POST', '/courses', { token: editor.token, body: { title, _status: 'published' } })
    expect([first.status, second.status]).toEqual([201, 201])
    expect(second.body.doc.slug).toBe(`${first.body.doc.slug}-2`)
  })

  it('keeps a slug the editor typed, and an edit of it', async () => {
    const created = await rest('POST', '/courses', { token: editor.token, body: { title: `Crypto ${tag()}`, slug: `crypto-${tag()}`, _status: 'published' } })
    const slug = `crypto-actifs-${tag()}`
    const updated = await rest('PATCH', `/courses/${created.body.doc.id}`, { token: editor.token, body: { slug } })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.slug).toBe(slug)
  })

  it('refuses a typed lesson slug another lesson of the course has, at that lesson’s field', async () => {
    const { status, body } = await rest('POST', '/courses', {
      token: editor.token,
      headers: { 'Accept-Language': 'fr' },
      body: {
        title: `Obligations ${tag()}`,
        _status: 'published',
        lessons: [
          { blockType: 'video', title: 'Un', slug: 'intro', transcript },
          { blockType: 'video', title: 'Deux', slug: 'intro', transcript },
        ],
      },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'lessons.1.slug', message: expect.stringContaining('même identifiant') }))
  })

  it('refuses a typed course slug already taken, at the slug field', async () => {
    const slug = `pris-${tag()}`
    await rest('POST', '/courses', { token: editor.token, body: { title: 'Premier', slug, _status: 'published' } })
    const { status, body } = await rest('POST', '/courses', { token: editor.token, body: { title: 'Second', slug, _status: 'published' } })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'slug' }))
  })
})
