import { Button, Text } from '@tarojs/components'
import type { Route } from '../../routes'
import { openPage } from '../../lib/navigation'
import './index.css'

interface EntryTileProps {
  title: string
  description: string
  route: Route
  tone: 'help' | 'learn' | 'quiz'
}

/** A big, thumb-sized way into one part of the app. */
export function EntryTile({ title, description, route, tone }: EntryTileProps) {
  return (
    <Button className={`entry-tile entry-tile--${tone}`} onClick={() => openPage(route)}>
      <Text className='entry-tile__title'>{title}</Text>
      <Text className='entry-tile__description'>{description}</Text>
    </Button>
  )
}
