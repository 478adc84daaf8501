"use client";
// The navigation links, marking the current page for assistive technology (aria-current) and the eye.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className="block rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-200 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-200 dark:aria-[current=page]:text-slate-950"
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
