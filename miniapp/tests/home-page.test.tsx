import Taro from '@tarojs/taro';
import { fireEvent, render, screen, within } from '@testing-library/react';
import HomePage from '../src/pages/home/index';
import { ROUTES } from '../src/routes';

afterEach(() => jest.restoreAllMocks());

describe('home page', () => {
  it('shows the four hotlines as one-tap tel: links', () => {
    render(<HomePage />);
    const expected = [
      ['110', '报警'],
      ['12338', '妇女儿童维权'],
      ['12355', '青少年服务'],
      ['120', '急救'],
    ];
    for (const [number, label] of expected) {
      const link = screen.getByRole('link', { name: `拨打${number}，${label}` });
      expect(link.getAttribute('href')).toBe(`tel:${number}`);
      expect(within(link).getByText(number)).toBeTruthy();
      expect(within(link).getByText(label)).toBeTruthy();
    }
  });

  it('opens the help entry, learning and the quiz from big buttons', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    render(<HomePage />);
    fireEvent.click(screen.getByRole('button', { name: /我要求助/ }));
    fireEvent.click(screen.getByRole('button', { name: /学会保护自己/ }));
    fireEvent.click(screen.getByRole('button', { name: /答题小挑战/ }));
    expect(navigateTo.mock.calls.map(([options]) => options.url)).toEqual([ROUTES.help, ROUTES.learn, ROUTES.quiz]);
  });

  it('always offers the quick-exit button', () => {
    render(<HomePage />);
    expect(screen.getByRole('button', { name: '一键离开' })).toBeTruthy();
  });
});
