import { describe, expect, it } from 'vitest';
import { isTraditional, toSimplified, trackForTerm } from './script';

describe('script of a mention', () => {
  it('tells traditional from simplified', () => {
    expect(isTraditional('互聯網營銷師')).toBe(true);
    expect(isTraditional('全媒體運營師')).toBe(true);
    expect(isTraditional('平台管理員')).toBe(true);
    expect(isTraditional('互联网营销师')).toBe(false);
    expect(isTraditional('internet marketer')).toBe(false);
  });
  it('maps traditional back to simplified', () => {
    expect(toSimplified('全媒體運營師')).toBe('全媒体运营师');
    expect(toSimplified('平臺管理員')).toBe('平台管理员');
  });
  it('finds the work type or direction a term names', () => {
    expect(trackForTerm('internet-marketer', '直播銷售員')?.id).toBe('livestream-seller');
    expect(trackForTerm('internet-marketer', 'webcast salesman')?.id).toBe('livestream-seller');
    expect(trackForTerm('all-media-operator', '流量优化')?.id).toBe('traffic-operation');
    expect(trackForTerm('all-media-operator', '數據分析')?.id).toBe('data-analysis');
    expect(trackForTerm('all-media-operator', '全媒体运营师')).toBeUndefined();
  });
});
