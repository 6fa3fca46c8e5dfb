export * from './quizScoring'
export * from './points'
export * from './badges'
export * from './quizShuffle'
