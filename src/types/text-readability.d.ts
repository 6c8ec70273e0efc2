// text-readability ships no types; this is the part we use.
declare module 'text-readability' {
  const readability: { fleschKincaidGrade(text: string): number; fleschReadingEase(text: string): number };
  export default readability;
}
