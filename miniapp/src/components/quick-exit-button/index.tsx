import { Button } from '@tarojs/components'
import { quickExit } from '../../lib/quick-exit'
import './index.css'

/** 一键离开: always in the same corner, so a child can find it without looking. */
export function QuickExitButton() {
  return (
    <Button className='quick-exit' hoverClass='quick-exit--pressed' onClick={() => void quickExit()}>
      一键离开
    </Button>
  )
}
