// The library as a page loads it: every element defined; a static fallback is adopted in place.
import '../../components/index.js';
