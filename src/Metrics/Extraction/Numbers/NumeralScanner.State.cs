namespace Metrics.Extraction.Numbers;

/// <content>The accumulator of one scan.</content>
internal static partial class NumeralScanner
{
    /// <summary>Mutable accumulator for one scan; low and high bounds side by side.</summary>
    private struct State(int start)
    {
        public int BodyStart = start;
        public int End = start;
        public bool Negative;
        public int Script; // 0 none yet, 1 Arabic, 2 Chinese
        public Kind Last = Kind.None;

        private readonly int origin = start;
        private decimal resultLow, resultHigh, sectionLow, sectionHigh, curLow, curHigh;
        public bool HasCur;
        public bool CurDecimal;
        private bool curSingleChinese, curAfterUnit, curFromSeveral, digitString, pairUsed, zeroFill;
        private decimal lastUnit, lastPlace, lastBig, maxBig, chain = 1;
        private bool sawPlace, sawBig, endsWithBig, endsWithYi, startsWithPlace, financial;
        private int digitTokens;
        private bool singleLeadDigit;
        private decimal leadPlace = 1;
        private NumberSpan span = NumberSpan.Exact;
        private int financialChars, chars;

        public readonly bool HasValue => HasCur || sectionLow != 0 || sectionHigh != 0 || resultLow != 0 || resultHigh != 0 || sawPlace || sawBig;

        /// <summary>"十五点七", "两千三点一", "两千点零": 点 after a Chinese digit, place or unit.</summary>
        public readonly bool CanTakeChinesePoint =>
            Script == 2 && !CurDecimal && !curFromSeveral && !pairUsed && Last is Kind.Digit or Kind.Place or Kind.Big;

        private readonly bool NothingYet => End == BodyStart;

        public void SetCur(decimal low, decimal high, bool singleChinese)
        {
            curAfterUnit = Last is Kind.Place or Kind.Big;
            curLow = low;
            curHigh = high;
            HasCur = true;
            curSingleChinese = singleChinese;
            curFromSeveral = false;
            CurDecimal = false;
            digitString = false;
            endsWithBig = false;
            Last = Kind.Digit;
        }

        public void OnDigitToken(bool singleDigit)
        {
            if (digitTokens == 0)
            {
                singleLeadDigit = singleDigit;
            }

            digitTokens++;
            chars++;
        }

        public bool Digit(decimal d, bool isFinancial, bool nextIsDigit)
        {
            if (Script == 1 || Last == Kind.More)
            {
                return false;
            }

            if (HasCur)
            {
                if (Last != Kind.Digit || CurDecimal || curFromSeveral)
                {
                    return false;
                }

                if (curSingleChinese && !pairUsed && !digitString && IsPair(curLow, d) && !nextIsDigit)
                {
                    // "两三亿", "七八千万": neighbouring digits are a closed range.
                    curHigh = d;
                    pairUsed = true;
                    span = NumberSpan.Range;
                }
                else if (!sawPlace && !sawBig && !isFinancial && (digitString || curSingleChinese) && !pairUsed && curLow < MaxDigitString)
                {
                    // "二〇二三": digits without places read positionally.
                    curLow = (curLow * 10) + d;
                    curHigh = curLow;
                    digitString = true;
                    curSingleChinese = false;
                }
                else
                {
                    return false;
                }
            }
            else
            {
                SetCur(d, d, singleChinese: true);
            }

            Script = 2;
            financial |= isFinancial;
            financialChars += isFinancial ? 1 : 0;
            OnDigitToken(true);
            Last = Kind.Digit;
            return true;
        }

        private static bool IsPair(decimal first, decimal second) =>
            second == first + 1 || (first == 3 && second == 5);

        public bool Zero()
        {
            if (Last is Kind.Place or Kind.Big)
            {
                zeroFill = true;
                Last = Kind.Zero;
                chars++;
                return true;
            }

            if (Last == Kind.Zero)
            {
                chars++;
                return true;
            }

            if (HasCur && Last == Kind.Digit && Script == 2 && !sawPlace && !sawBig && !pairUsed && !CurDecimal && !curFromSeveral && curLow < MaxDigitString)
            {
                curLow *= 10;
                curHigh = curLow;
                digitString = true;
                curSingleChinese = false;
                chars++;
                return true;
            }

            if (NothingYet)
            {
                // "零点五", a lone "〇".
                SetCur(0, 0, singleChinese: false);
                Script = 2;
                OnDigitToken(true);
                return true;
            }

            return false;
        }

        public bool Place(decimal p, bool isFinancial)
        {
            if (Last == Kind.More || (lastPlace > 0 && p >= lastPlace))
            {
                return false;
            }

            if (HasCur)
            {
                if (digitString || (CurDecimal && Script == 2))
                {
                    return false;
                }

                sectionLow += curLow * p;
                sectionHigh += curHigh * p;
                if (!sawPlace && !sawBig && singleLeadDigit && digitTokens == 1)
                {
                    leadPlace = p;
                }

                HasCur = false;
            }
            else if (NothingYet)
            {
                startsWithPlace = p > 10;
                sectionLow += p;
                sectionHigh += p;
                Script = Script == 0 ? 2 : Script;
            }
            else if (Last == Kind.Zero && p == 10)
            {
                // "一百零十万" = 1100000: 零 then a bare 十.
                sectionLow += 10;
                sectionHigh += 10;
            }
            else
            {
                return false;
            }

            financial |= isFinancial;
            financialChars += isFinancial ? 1 : 0;
            chars++;
            lastPlace = p;
            lastUnit = p;
            zeroFill = false;
            sawPlace = true;
            endsWithBig = false;
            curFromSeveral = false;
            Last = Kind.Place;
            return true;
        }

        public bool Big(decimal u, bool isYi)
        {
            ApplyOmittedPlace(onlyUnderPlace: true);
            var low = sectionLow + (HasCur ? curLow : 0);
            var high = sectionHigh + (HasCur ? curHigh : 0);

            if (low == 0 && high == 0)
            {
                // "万亿", "十万多亿", "万万": a unit multiplying the unit before it.
                if (!(Last == Kind.Big || (Last == Kind.More && endsWithBig)) || u < lastBig || resultHigh > Ceiling / u)
                {
                    return false;
                }

                resultLow *= u;
                resultHigh *= u;
                chain *= u;
            }
            else
            {
                if (resultHigh + high > Ceiling / u)
                {
                    return false;
                }

                if (u > maxBig)
                {
                    resultLow = (resultLow + low) * u;
                    resultHigh = (resultHigh + high) * u;
                }
                else
                {
                    resultLow += low * u;
                    resultHigh += high * u;
                }

                chain = u;
            }

            maxBig = Math.Max(maxBig, chain);
            sectionLow = sectionHigh = 0;
            HasCur = false;
            CurDecimal = false;
            curFromSeveral = false;
            lastPlace = 0;
            lastUnit = u;
            lastBig = u;
            zeroFill = false;
            sawBig = true;
            endsWithBig = true;
            endsWithYi = isYi;
            chars++;
            Last = Kind.Big;
            return true;
        }

        public bool More()
        {
            var widen = span == NumberSpan.Exact; // "十几万多亿": 几 already opened the span.
            if (Last == Kind.Big)
            {
                // "3亿多" → (3e8, 4e8).
                resultHigh += widen ? chain : 0;
            }
            else if ((Last == Kind.Digit && HasCur && !curFromSeveral) || Last == Kind.Place)
            {
                // "1000多万" → (1e7, 2e7); "十多万" → (1e5, 2e5); "两个多亿" → (2e8, 3e8).
                ApplyOmittedPlace(onlyUnderPlace: false);
                if (HasCur)
                {
                    sectionLow += curLow;
                    sectionHigh += curHigh;
                    HasCur = false;
                }

                if (sectionLow == 0)
                {
                    return false;
                }

                sectionHigh += widen ? SpanWidth(sectionLow) : 0;
            }
            else
            {
                return false;
            }

            if (span == NumberSpan.Exact)
            {
                span = NumberSpan.OpenSpan;
            }

            chars++;
            Last = Kind.More;
            return true;
        }

        public bool Several(bool isShu, Kind next, bool geThenYi)
        {
            var beforeUnit = next is Kind.Place or Kind.Big || geThenYi;
            if (NothingYet && beforeUnit)
            {
                // "数十亿" → [1e9, 1e10); "几百万", "几个亿".
                SetCur(1, 10, singleChinese: false);
                curFromSeveral = true;
                span = NumberSpan.VagueSpan;
            }
            else if (!isShu && !HasCur && Last is Kind.Place or Kind.Zero)
            {
                if (next == Kind.Place)
                {
                    // "一百几十" → [110, 200).
                    SetCur(1, 10, singleChinese: false);
                    span = NumberSpan.VagueSpan;
                }
                else
                {
                    // "十几亿" → (1e9, 2e9); "一百零几万" → (1.0e6, 1.1e6).
                    SetCur(0, 10, singleChinese: false);
                    span = span == NumberSpan.Exact ? NumberSpan.OpenSpan : span;
                }

                curFromSeveral = true;
            }
            else
            {
                return false;
            }

            Script = 2;
            chars++;
            digitTokens++;
            return true;
        }

        public void AddFraction(decimal fraction)
        {
            ApplyOmittedPlace(onlyUnderPlace: false);
            if (!HasCur)
            {
                SetCur(0, 0, singleChinese: false);
            }

            curLow += fraction;
            curHigh += fraction;
            CurDecimal = true;
            curSingleChinese = false;
            chars++;
        }

        /// <summary>"一万三" = 13000, "两千四百五" = 2450: a last digit right after a unit stands one place lower.</summary>
        private void ApplyOmittedPlace(bool onlyUnderPlace)
        {
            if (!HasCur || !curSingleChinese || !curAfterUnit || zeroFill || lastUnit <= 10)
            {
                return;
            }

            if (onlyUnderPlace && lastUnit >= 1e4m)
            {
                return;
            }

            var scale = lastUnit / 10;
            curLow *= scale;
            curHigh *= scale;
            curSingleChinese = false;
        }

        public Numeral Finish(bool lenient)
        {
            if (End == BodyStart)
            {
                return Numeral.Invalid(origin, End + 1);
            }

            ApplyOmittedPlace(onlyUnderPlace: false);
            var low = resultLow + sectionLow + (HasCur ? curLow : 0);
            var high = resultHigh + sectionHigh + (HasCur ? curHigh : 0);

            var valid = (lenient || !startsWithPlace || sawBig) && (lenient || chars > 1 || financialChars == 0);
            if (!valid)
            {
                return Numeral.Invalid(origin, End);
            }

            if (Negative)
            {
                (low, high) = (-high, -low);
            }

            (low, high) = (Normalize(low), Normalize(high));
            var isInteger = low.Scale == 0 && high.Scale == 0;
            var endUnit = endsWithBig ? (endsWithYi ? NumeralEnd.Yi : NumeralEnd.Wan) : NumeralEnd.Plain;
            var isBareDigit = digitTokens == 1 && !sawPlace && !sawBig && span == NumberSpan.Exact && isInteger && low is >= 0 and < 10;
            return new Numeral(
                origin,
                End,
                true,
                low,
                high,
                low == high ? NumberSpan.Exact : span,
                endUnit,
                endsWithBig ? chain : 1,
                isBareDigit,
                leadPlace,
                startsWithPlace,
                financial,
                isInteger);
        }
    }
}
