import { parseTc3Authorization, signTc3, tc3Date } from './tc3-signature';

describe('TC3-HMAC-SHA256 signing', () => {
  // The worked example of Tencent Cloud's "Signature v3" documentation (CVM DescribeInstances).
  const documented = {
    secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
    secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
    service: 'cvm',
    timestamp: 1551113065,
    headers: { 'Content-Type': 'application/json; charset=utf-8', Host: 'cvm.tencentcloudapi.com' },
    payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  };

  it('reproduces every step of the documented example', () => {
    const signed = signTc3(documented);
    expect(signed.canonicalRequest).toBe(
      [
        'POST',
        '/',
        '',
        'content-type:application/json; charset=utf-8',
        'host:cvm.tencentcloudapi.com',
        '',
        'content-type;host',
        '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
      ].join('\n'),
    );
    expect(signed.stringToSign).toBe(
      'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n' +
        '5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    );
    expect(signed.signature).toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
    expect(signed.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, ' +
        'SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });

  it('dates the credential in UTC, not in China time (00:44 on the 26th there is still the 25th)', () => {
    expect(tc3Date(1551113065)).toBe('2019-02-25');
  });

  it('lowercases signed header values, so X-TC-Action SendSms is signed as sendsms', () => {
    const signed = signTc3({ ...documented, headers: { ...documented.headers, 'X-TC-Action': 'SendSms' } });
    expect(signed.signedHeaders).toBe('content-type;host;x-tc-action');
    expect(signed.canonicalRequest).toContain('\nx-tc-action:sendsms\n');
  });

  it('changes the signature when one byte of the body changes', () => {
    const other = signTc3({ ...documented, payload: documented.payload.replace('1', '2') });
    expect(other.signature).not.toBe(signTc3(documented).signature);
  });

  it('parses its own Authorization header back', () => {
    expect(parseTc3Authorization(signTc3(documented).authorization)).toEqual({
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
      date: '2019-02-25',
      service: 'cvm',
      signedHeaders: ['content-type', 'host'],
      signature: '72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    });
    expect(parseTc3Authorization('Bearer abc')).toBeUndefined();
  });
});
