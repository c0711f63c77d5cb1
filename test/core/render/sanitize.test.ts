import {
  mapStrings,
  plainText,
  slackText,
  terminalText,
  truncateWithMarker,
} from '../../../lambda/core/render/sanitize';

describe('plainText', () => {
  it.each([
    ['ESC sequences', 'a\u001b[31mred\u001b[0m', 'a[31mred[0m'],
    ['C1 controls (CSI, NEL)', 'x\u009b2Jy\u0085z', 'x2Jyz'],
    ['bidi override (Trojan Source)', 'user\u202etxt.exe', 'usertxt.exe'],
    ['bidi isolates and marks', '\u2066a\u2069\u200eb\u200f\u061c', 'ab'],
    ['CR and CRLF become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['tabs and line feeds kept', 'a\tb\nc', 'a\tb\nc'],
    ['NUL and DEL removed', 'a\u0000b\u007fc', 'abc'],
    ['ordinary Unicode kept', 'café → ok', 'café → ok'],
  ])('removes %s', (_name, input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe('slackText', () => {
  it.each([
    ['<!channel> alert', '&lt;!channel&gt; alert'],
    ['<!here|here>', '&lt;!here|here&gt;'],
    ['hi <@U024BE7LH>', 'hi &lt;@U024BE7LH&gt;'],
    ['see <https://evil.example|docs.aws.amazon.com>', 'see &lt;https://evil.example|docs.aws.amazon.com&gt;'],
    ['<#C123>', '&lt;#C123&gt;'],
    ['a & b', 'a &amp; b'],
    ['ping @channel and @HERE and @everyone', 'ping @\u2060channel and @\u2060HERE and @\u2060everyone'],
    ['user@example.com stays', 'user@example.com stays'],
    ['role\u202e/evil', 'role/evil'],
  ])('neutralizes %j', (input, expected) => {
    expect(slackText(input)).toBe(expected);
  });
});

describe('terminalText', () => {
  it.each([
    ['ESC', 'a\u001b[2Jb', false, 'a\\x1b[2Jb'],
    ['line feed in a table cell', 'a\nb', false, 'a\\x0ab'],
    ['line feed in a details block', 'a\nb', true, 'a\nb'],
    ['carriage return', 'a\rb', true, 'a\\x0db'],
    ['bidi override', 'a\u202eb', false, 'a\\u202eb'],
    ['C1 CSI', 'a\u009bb', false, 'a\\x9bb'],
  ])('makes %s visible', (_name, input, multiline, expected) => {
    expect(terminalText(input, multiline)).toBe(expected);
  });
});

describe('truncateWithMarker / mapStrings', () => {
  it('keeps short strings and marks cut ones with the count left out', () => {
    expect(truncateWithMarker('abc', 3)).toBe('abc');
    expect(truncateWithMarker('abcdef', 2)).toBe('ab... [truncated: 4 more characters]');
  });
  it('maps every string value deeply and leaves keys, numbers and booleans alone', () => {
    const out = mapStrings({ 'k<': ['a<', { b: 'c<', n: 1, t: true, z: null }] }, (s) => s.replace('<', '!'));
    expect(out).toEqual({ 'k<': ['a!', { b: 'c!', n: 1, t: true, z: null }] });
  });
});
