import type { notificationsFr } from './notifications.fr'

/** English twin of notifications.fr.ts (same keys, checked at compile time). */
export const notificationsEn: Record<keyof typeof notificationsFr, string> = {
  'portal.nav.notifications': 'Notifications',
  'notifications.bell': 'Notifications',
  'notifications.bell.unread': 'Notifications: {count} unread',
  'notifications.title': 'Notifications',
  'notifications.lead': 'What your advisor and Atlas have to tell you, newest first.',
  'notifications.empty': 'No notifications yet.',
  'notifications.unreadCount': '{count} unread',
  'notifications.unread': 'Unread',
  'notifications.open': 'Open',
  'notifications.markRead': 'Mark as read',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.markedAllRead': 'All your notifications are marked as read.',
  'notifications.preferencesLink': 'Choose what I receive',
  'notifications.page': 'Page {page} of {pages}',
  'notifications.previous': 'Newer',
  'notifications.next': 'Older',
  'notifications.receivedAt': 'Received on {date}',
  'notifications.notFound': 'This notification does not exist or is not yours.',

  'errors.advisorMessage.notYourClient': 'Choose one of your clients: you do not follow this account.',
  'errors.advisorMessage.noAdvisor': 'This client has no advisor: choose the sender.',

  'errors.notifications.signIn': 'Sign in to see your notifications.',
  'notifications.preferences.title': 'Notification preferences',
  'notifications.preferences.lead':
    'For each event, choose to see it in your space, to receive it by e-mail, both or neither.',
  'notifications.preferences.event': 'Event',
  'notifications.preferences.saved': 'Your preferences are saved.',
  'notifications.preferences.submit': 'Save my preferences',
  'notifications.preferences.back': 'Back to notifications',
  'notifications.channel.inApp': 'In my space',
  'notifications.channel.email': 'By e-mail',
  'notifications.event.profileValidated': 'My advisor validates my questionnaire',
  'notifications.event.coursePublished': 'A new course is published',
  'notifications.event.reviewDue': 'The yearly review of my questionnaire is due',
  'notifications.event.assistantAnswerReady': 'The assistant has answered my question',
  'notifications.event.advisorMessage': 'My advisor writes to me',

  'notification.profileValidated.title': 'Your questionnaire is validated',
  'notification.profileValidated.body': '{advisor} validated your investor questionnaire. Your risk profile: {risk}.',
  'notification.coursePublished.title': 'New course: {course}',
  'notification.coursePublished.body': 'The course “{course}” has just been published. Enjoy!',
  'notification.reviewDue.title': 'Yearly review of your questionnaire',
  'notification.reviewDue.body':
    'Your questionnaire was validated a year ago: read your answers again and update them if your situation has changed.',
  'notification.assistantAnswerReady.title': 'The assistant has answered you',
  'notification.assistantAnswerReady.body': 'Its detailed answer is waiting for you in the conversation.',
  'notification.advisorMessage.title': 'Message from {advisor}: {subject}',
  'notification.questionnaireSubmitted.title': 'Questionnaire to validate: {client}',
  'notification.questionnaireSubmitted.body': '{client} sent their investor questionnaire. Review the answers and validate the profile.',
  'email.questionnaireSubmitted.cta': 'Open the client’s page',

  'email.welcome.subject': 'Welcome to Atlas, {name}',
  'email.welcome.body':
    'Your Atlas space is ready. Start with the investor questionnaire: your advisor relies on your answers to advise you.',
  'email.welcome.cta': 'Open my space',
  'email.validated.subject': 'Your investor questionnaire is validated',
  'email.validated.body':
    '{advisor} validated your questionnaire. Your risk profile: {risk}. It will be reviewed in a year, or sooner if your situation changes.',
  'email.validated.cta': 'See my profile',
  'email.payment.subject': 'There was a problem with your payment',
  'email.payment.body':
    'The payment of {amount} for invoice {invoice} did not go through. Update your payment method to keep access to your space.',
  'email.payment.cta': 'Update my payment method',
  'email.notification.cta': 'See it in my space',
  'email.notification.footer': 'You receive this e-mail according to your notification preferences, which you can change in your space.',
}
