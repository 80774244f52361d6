import type { Metadata } from "next";
import { Toaster } from "sonner";
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
        {children}
        <Toaster position="top-center" richColors />
      </body>
    </html>
  );
}
