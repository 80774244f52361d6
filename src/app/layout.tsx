import type { Metadata } from "next";
import { Toaster } from "sonner";
import { PageRefreshProvider } from "@/components/form/page-refresh";
import { platformName } from "@/features/settings/queries";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const name = await platformName();
  return { title: { default: name, template: `%s · ${name}` } };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <PageRefreshProvider>{children}</PageRefreshProvider>
        <Toaster position="top-center" richColors />
      </body>
    </html>
  );
}
