import { LanguageSwitcher } from "@/components/i18n/language-switcher";

// The pages people see before they are signed in (sign-in, invitation): the name and the language
// switcher; each page brings its own <main>.
export default function SignedOutLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-line bg-white px-4 py-3">
        <span className="text-lg font-semibold text-brand-dark">Cybercap</span>
        <LanguageSwitcher />
      </header>
      {children}
    </div>
  );
}
