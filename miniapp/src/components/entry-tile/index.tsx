import { Text } from '@tarojs/components';
import type { Route } from '../../routes';
import { openPage } from '../../lib/navigation';
import { Tap } from '../tap';
import './index.css';

interface EntryTileProps {
  title: string;
  description: string;
  route: Route;
  tone: 'help' | 'learn' | 'quiz';
}

/** A big, thumb-sized way into one part of the app. */
export function EntryTile({ title, description, route, tone }: EntryTileProps) {
  return (
    <Tap className={`entry-tile entry-tile--${tone}`} onTap={() => openPage(route)}>
      <Text className="entry-tile__title">{title}</Text>
      <Text className="entry-tile__description">{description}</Text>
    </Tap>
  );
}
