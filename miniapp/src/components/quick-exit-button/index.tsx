import { quickExit } from '../../lib/quick-exit';
import { Tap } from '../tap';
import './index.css';

/** 一键离开: always in the same corner, so a child can find it without looking. */
export function QuickExitButton() {
  return (
    <Tap className="quick-exit" onTap={() => void quickExit()}>
      一键离开
    </Tap>
  );
}
