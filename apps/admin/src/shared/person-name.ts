interface Person {
  realName?: string | null;
  nickname?: string | null;
  phoneMasked?: string | null;
}

/** How the console names a volunteer: the certified real name, else the nickname, else the masked phone. */
export function personName(person: Person | null | undefined): string {
  const name = person?.realName?.trim() || person?.nickname?.trim() || person?.phoneMasked?.trim();
  return name || "未命名用户";
}

/** The secondary name shown under the main one: the nickname when the real name leads. */
export function secondaryName(person: Person | null | undefined): string | null {
  const real = person?.realName?.trim();
  const nick = person?.nickname?.trim();
  return real && nick && nick !== real ? nick : null;
}
