// A page with nothing of ours on it: the floor every page's transfer size is compared with in
// `npm run bench`. It goes through the same layout, proxy and headers as every page.

export default function BarePage() {
  return <p>ok</p>;
}
