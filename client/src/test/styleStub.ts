/** What a `.css` import is in jest: Vite bundles the stylesheets, the tests need none. */
export default {};
