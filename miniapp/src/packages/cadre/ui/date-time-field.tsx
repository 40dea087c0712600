import { Picker, Text, View } from '@tarojs/components';
import { pad } from '../format';

/** Local "YYYY-MM-DDTHH:mm" for now, the format both pickers use. */
export function localNow(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A date and time on this phone's clock, as "YYYY-MM-DDTHH:mm"; `new Date(value)` reads it as local time. */
export function DateTimeField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const [date, time] = value.split('T');
  return (
    <View className="cadre__field">
      <Text className="cadre__label">{label}</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <input
          className="cadre__input cadre__input--native"
          type="datetime-local"
          aria-label={label}
          value={value}
          onChange={(event) => event.target.value && onChange(event.target.value)}
        />
      ) : (
        <View className="cadre__pickers">
          <Picker mode="date" value={date} onChange={(event) => onChange(`${event.detail.value}T${time}`)}>
            <View className="cadre__input cadre__picker">{date}</View>
          </Picker>
          <Picker mode="time" value={time} onChange={(event) => onChange(`${date}T${event.detail.value}`)}>
            <View className="cadre__input cadre__picker">{time}</View>
          </Picker>
        </View>
      )}
    </View>
  );
}
