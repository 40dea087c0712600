import { View } from '@tarojs/components';
import type { Audience } from '@hulei/shared';
import { Tap } from '../tap';
import { READER_LABELS } from '../../lib/audiences';
import './index.css';

/** Big buttons, one per age group: a child taps her age, a parent taps 家长. */
export function AudiencePicker({
  audiences,
  value,
  onChange,
}: {
  audiences: readonly Audience[];
  value?: Audience;
  onChange: (audience: Audience) => void;
}) {
  return (
    <View className="audience-picker">
      {audiences.map((audience) => (
        <Tap
          key={audience}
          className={`audience-picker__option${audience === value ? ' audience-picker__option--on' : ''}`}
          onTap={() => onChange(audience)}
        >
          {READER_LABELS[audience]}
        </Tap>
      ))}
    </View>
  );
}
