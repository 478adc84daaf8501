// How the queue shows a customer without revealing them: the name keeps only what an officer needs to recognise a
// caller (Chinese names their first and last character, 王*明; romanised names the surname and the given name's
// initial, Wang X***), the phone only its last four digits. The SQL function mask_name (migration queue_indexes)
// does the same for search; an integration test keeps the two in step, so change both together.

const SPACES = / +/g;

export function maskName(fullName: string): string {
  const name = fullName.replace(SPACES, " ").replace(/^ | $/g, "");
  const space = name.indexOf(" ");
  if (space > 0) return `${name.slice(0, space)} ${Array.from(name.slice(space + 1))[0]}***`;
  // Code points, not UTF-16 units, like char_length in SQL.
  const characters = Array.from(name);
  if (characters.length <= 1) return name;
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}${"*".repeat(characters.length - 2)}${characters[characters.length - 1]}`;
}

/** The last four digits behind a fixed mask, so the number's length is not shown either. */
export function maskPhone(phone: string): string {
  return `******${phone.slice(-4)}`;
}
