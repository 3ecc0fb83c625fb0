import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { DigestView } from "./digest-view";

const colors = { text: "#0f172a", muted: "#475569", brand: "#4f46e5", line: "#e2e8f0" };
const styles = {
  body: { backgroundColor: "#f8fafc", fontFamily: "-apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif", color: colors.text },
  container: { backgroundColor: "#ffffff", border: `1px solid ${colors.line}`, borderRadius: "12px", margin: "24px auto", maxWidth: "560px", padding: "24px" },
  h1: { fontSize: "20px", margin: "0 0 8px" },
  h2: { fontSize: "15px", margin: "20px 0 6px" },
  load: { fontSize: "14px", margin: "0 0 8px", fontWeight: 600 },
  item: { fontSize: "14px", margin: "4px 0", lineHeight: "20px" },
  muted: { color: colors.muted, fontSize: "13px" },
  link: { color: colors.brand, textDecoration: "underline" },
  footer: { color: colors.muted, fontSize: "12px", margin: "4px 0" },
} as const;

/** The HTML part of the daily digest (React Email); the plain-text part says the same (digest-view.ts). */
export function DigestEmail({ view }: { view: DigestView }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{view.preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Heading as="h1" style={styles.h1}>
            {view.subject.replace(/^Lifeloop: /, "")}
          </Heading>
          <Text style={styles.load}>{view.loadLine}</Text>
          {view.sections.map((section) => (
            <Section key={section.heading}>
              <Heading as="h2" style={styles.h2}>
                {section.heading}
              </Heading>
              {section.items.map((item) => (
                <Text key={item.url} style={styles.item}>
                  <Link href={item.url} style={styles.link}>
                    {item.title}
                  </Link>{" "}
                  <span style={styles.muted}>— {item.detail}</span>
                </Text>
              ))}
              {section.more > 0 ? (
                <Text style={styles.item}>
                  <Link href={view.todayUrl} style={styles.link}>
                    and {section.more} more in the Today queue
                  </Link>
                </Text>
              ) : null}
            </Section>
          ))}
          {view.review ? (
            <Section>
              <Heading as="h2" style={styles.h2}>
                <Link href={view.review.url} style={styles.link}>
                  {view.review.heading}
                </Link>
              </Heading>
              {view.review.lines.map((line) => (
                <Text key={line} style={styles.item}>
                  {line}
                </Text>
              ))}
            </Section>
          ) : null}
          {view.bets.length > 0 ? (
            <Section>
              <Heading as="h2" style={styles.h2}>
                Best bets by EV per energy
              </Heading>
              {view.bets.map((bet) => (
                <Text key={bet.url} style={styles.item}>
                  <Link href={bet.url} style={styles.link}>
                    {bet.title}
                  </Link>{" "}
                  <span style={styles.muted}>— {bet.detail}</span>
                </Text>
              ))}
            </Section>
          ) : null}
          <Text style={{ ...styles.item, marginTop: "20px" }}>
            <Link href={view.todayUrl} style={styles.link}>
              Open the Today queue
            </Link>
          </Text>
          <Hr style={{ borderColor: colors.line, margin: "20px 0 12px" }} />
          <Text style={styles.footer}>
            You get this because the daily digest is on.{" "}
            <Link href={view.settingsUrl} style={styles.link}>
              Digest settings
            </Link>{" "}
            ·{" "}
            <Link href={view.unsubscribeUrl} style={styles.link}>
              Unsubscribe
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
