import { useEffect, useRef, useState } from 'react'

/**
 * How many answers the form's action has given. Used as the `key` of
 * password inputs so that, with or without JavaScript, a refused form comes
 * back with its password fields empty: only the server-sent values persist.
 */
export function useRefusalCount(actionData: unknown): number {
  const [count, setCount] = useState(0)
  const last = useRef(actionData)
  useEffect(() => {
    if (actionData !== last.current) {
      last.current = actionData
      if (actionData !== undefined) setCount((n) => n + 1)
    }
  }, [actionData])
  return count
}
