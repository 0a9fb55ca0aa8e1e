import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/pick";
import { directionOf } from "@/lib/i18n/config";
import { pageLocale } from "@/lib/pages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: "Cybercap", template: "%s · Cybercap" },
    description: (await getTranslations("app"))("description"),
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The root layout only sets the document language and direction; the signed-in and sign-in areas
// add their own chrome, so a bare page measures the framework's own weight (see npm run bench).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await pageLocale();
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen font-sans antialiased">
        {/* Only the error page's few words go to every page; areas add the namespaces they use. */}
        <NextIntlClientProvider messages={pickMessages(await getMessages(), ["errorPage"])}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
