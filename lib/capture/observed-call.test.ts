import { describe, expect, it } from 'vitest';
import { isReportingCall } from './observed-call';

describe('isReportingCall', () => {
  it.each([
    ['https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency', 'POST', true],
    ['https://dichvucong.gov.vn/api/v1/reporting/formalities', 'post', true],
    ['/api/v1/reporting/evaluation/service-results', 'POST', true],
    ['https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency', 'GET', false],
    ['https://dichvucong.gov.vn/api/v1/auth/login', 'POST', false],
    ['https://dichvucong.gov.vn/jsp/rest.jsp', 'POST', false],
    ['http://[bad', 'POST', false],
    ['https://elsewhere.example/api/v1/reporting/evaluation/transparency', 'POST', false],
  ])('%s %s → %s', (url, method, expected) => {
    expect(
      isReportingCall(url, method, 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu'),
    ).toBe(expected);
  });
});
