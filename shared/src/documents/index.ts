export * from './kinds'
export * from './versions'
