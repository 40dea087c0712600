import { Text, View } from '@tarojs/components';
import { Tap } from '../tap';
import './index.css';

export interface Choice<T extends string> {
  value: T;
  title: string;
  detail?: string;
}

interface ChoiceListProps<T extends string> {
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  /** Side by side (short choices like 紧急 / 一般) instead of one per line. */
  inline?: boolean;
}

/** One choice among a few, as big cards: easier for small fingers than radio dots. */
export function ChoiceList<T extends string>({ choices, value, onChange, inline }: ChoiceListProps<T>) {
  return (
    <View className={`choices${inline ? ' choices--inline' : ''}`}>
      {choices.map((choice) => (
        <Tap
          key={choice.value}
          className={`choice${choice.value === value ? ' choice--on' : ''}`}
          onTap={() => onChange(choice.value)}
        >
          <Text className="choice__title">
            {choice.value === value ? '✓ ' : ''}
            {choice.title}
          </Text>
          {choice.detail && <Text className="choice__detail">{choice.detail}</Text>}
        </Tap>
      ))}
    </View>
  );
}
