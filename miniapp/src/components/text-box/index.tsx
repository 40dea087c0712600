import { Textarea } from '@tarojs/components';
import './index.css';

interface TextBoxProps {
  value: string;
  onInput: (value: string) => void;
  placeholder: string;
  maxLength: number;
  className?: string;
}

/**
 * Several lines of text. A plain <textarea> in the browser (Taro's H5 one is a Web Component that
 * brings its own runtime); WeChat's native textarea in the mini-program.
 */
export function TextBox({ value, onInput, placeholder, maxLength, className = '' }: TextBoxProps) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <textarea
        className={`text-box ${className}`}
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        onChange={(event) => onInput(event.target.value)}
      />
    );
  }
  return (
    <Textarea
      className={`text-box ${className}`}
      value={value}
      placeholder={placeholder}
      maxlength={maxLength}
      onInput={(event) => onInput(event.detail.value)}
    />
  );
}
