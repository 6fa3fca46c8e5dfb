import { useT } from '../../lib/translation'
import type { LessonView, MediaView } from '../../lib/trainingTypes'

const PLAYABLE = /\.(mp4|webm|ogg)(\?.*)?$/i

/** The video if the browser can play it here, a link if it is hosted elsewhere, and always the transcript. */
export function VideoLesson({ lesson, mediaBase }: { lesson: LessonView; mediaBase: string }) {
  const t = useT()
  const file = typeof lesson.videoFile === 'object' && lesson.videoFile ? (lesson.videoFile as MediaView) : null
  const fileUrl = file?.url && file.mimeType?.startsWith('video/') ? (file.url.startsWith('/') ? `${mediaBase}${file.url}` : file.url) : null
  const url = lesson.videoUrl && /^https:\/\//.test(lesson.videoUrl) ? lesson.videoUrl : null
  const playable = fileUrl ?? (url && PLAYABLE.test(url) ? url : null)
  return (
    <div className="video-lesson">
      {playable ? (
        <video controls preload="metadata" src={playable} className="lesson-video">
          {t('training.video.unsupported')}
        </video>
      ) : url ? (
        <p className="card video-external">
          {t('training.video.external')}{' '}
          <a href={url} target="_blank" rel="noopener noreferrer">{t('training.video.open')}</a>
        </p>
      ) : (
        <p className="card video-none" data-testid="video-none">{t('training.video.none')}</p>
      )}
      {lesson.transcript ? (
        <section aria-labelledby="transcript-title" className="transcript" data-testid="transcript">
          <h2 id="transcript-title">{t('training.lesson.transcript')}</h2>
          {lesson.transcript.split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>)}
        </section>
      ) : null}
    </div>
  )
}
