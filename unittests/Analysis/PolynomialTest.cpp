//===- PolynomialTest.cpp - Tests of the exact symbolic counts ------------===//
//
// Polynomial is the number type of every count (include/cost/Analysis/
// Polynomial.h): constants, symbols, +, -, x, floor/ceil division by a
// constant, substitution of values, overflow detection and printing. Every
// expected value below is worked out by hand in the comment beside it.
//
//===----------------------------------------------------------------------===//

#include "cost/Interfaces/Polynomial.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <cstdint>
#include <limits>
#include <ostream>

using namespace mlir;
using namespace mlir::cost;

namespace mlir {
namespace cost {
/// How GoogleTest prints a Polynomial in a failure message.
void PrintTo(const Polynomial &p, std::ostream *os) { *os << p.toString(); }
} // namespace cost
} // namespace mlir

namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

Polynomial sym(StringRef name) { return Polynomial::symbol(name); }

/// The checked operations, unwrapped: a test that expects a value fails
/// (rather than crashes) when the operation gives none.
Polynomial add(const Polynomial &a, const Polynomial &b) {
  std::optional<Polynomial> r = Polynomial::add(a, b);
  EXPECT_TRUE(r.has_value()) << a.toString() << " + " << b.toString();
  return r.value_or(Polynomial(-999));
}
Polynomial sub(const Polynomial &a, const Polynomial &b) {
  std::optional<Polynomial> r = Polynomial::sub(a, b);
  EXPECT_TRUE(r.has_value()) << a.toString() << " - " << b.toString();
  return r.value_or(Polynomial(-999));
}
Polynomial mul(const Polynomial &a, const Polynomial &b) {
  std::optional<Polynomial> r = Polynomial::mul(a, b);
  EXPECT_TRUE(r.has_value()) << a.toString() << " * " << b.toString();
  return r.value_or(Polynomial(-999));
}

/// 2*N^2*S + 3*N - 4, the header's example, built term by term.
Polynomial example() {
  // 2 * N * N * S = 2*N^2*S
  Polynomial cubic = mul(mul(mul(2, sym("N")), sym("N")), sym("S"));
  // 2*N^2*S + 3*N - 4
  return add(add(cubic, mul(3, sym("N"))), -4);
}

std::optional<Polynomial>
substitute(const Polynomial &p,
           std::initializer_list<std::pair<StringRef, Polynomial>> values) {
  llvm::StringMap<Polynomial> map;
  for (const auto &[name, value] : values)
    map[name] = value;
  return p.substitute(map);
}

//===----------------------------------------------------------------------===//
// Constants and symbols
//===----------------------------------------------------------------------===//

TEST(PolynomialTest, Constants) {
  Polynomial zero;
  EXPECT_TRUE(zero.isConstant());
  EXPECT_EQ(zero.getConstant(), 0);
  EXPECT_EQ(zero.toString(), "0");

  Polynomial twelve(12);
  EXPECT_TRUE(twelve.isConstant());
  EXPECT_EQ(twelve.getConstant(), 12);
  EXPECT_EQ(twelve.getConstantTerm(), 12);
  EXPECT_EQ(twelve.toString(), "12");

  EXPECT_EQ(Polynomial(-5).toString(), "-5");
  // The extremes print through their digits (-INT64_MIN does not exist).
  EXPECT_EQ(Polynomial(kMax).toString(), "9223372036854775807");
  EXPECT_EQ(Polynomial(kMin).toString(), "-9223372036854775808");

  // Plain int64 arithmetic when both sides are constants.
  EXPECT_EQ(add(7, 5), Polynomial(12));   // 7 + 5 = 12
  EXPECT_EQ(sub(7, 5), Polynomial(2));    // 7 - 5 = 2
  EXPECT_EQ(sub(5, 7), Polynomial(-2));   // 5 - 7 = -2
  EXPECT_EQ(mul(7, 5), Polynomial(35));   // 7 * 5 = 35
  EXPECT_EQ(mul(-7, 5), Polynomial(-35)); // -7 * 5 = -35
}

TEST(PolynomialTest, Symbols) {
  Polynomial n = sym("N");
  EXPECT_FALSE(n.isConstant());
  EXPECT_EQ(n.getConstant(), std::nullopt);
  EXPECT_EQ(n.getConstantTerm(), 0);
  EXPECT_EQ(n.toString(), "N");
  // Symbols are identified by name, not by the call that made them.
  EXPECT_EQ(sym("N"), sym("N"));
  EXPECT_NE(sym("N"), sym("S"));
  EXPECT_NE(sym("N"), Polynomial(1));

  SmallVector<std::string> symbols;
  example().getSymbols(symbols);
  EXPECT_EQ(symbols, (SmallVector<std::string>{"N", "S"}));
}

//===----------------------------------------------------------------------===//
// Arithmetic and printing
//===----------------------------------------------------------------------===//

TEST(PolynomialTest, Add) {
  Polynomial n = sym("N");
  EXPECT_EQ(add(n, 3).toString(), "N + 3");
  EXPECT_EQ(add(3, n).toString(), "N + 3"); // the constant prints last
  // (N + 3) + (N - 3) = 2*N: the constants cancel.
  Polynomial twoN = add(add(n, 3), sub(n, 3));
  EXPECT_EQ(twoN.toString(), "2*N");
  EXPECT_EQ(twoN, mul(2, n));
  // N + (-N) = 0: a term that cancels disappears, leaving a constant.
  Polynomial none = add(n, mul(-1, n));
  EXPECT_TRUE(none.isConstant());
  EXPECT_EQ(none.getConstant(), 0);
  EXPECT_EQ(none.toString(), "0");
  // Commutative: (N + S + 1) == (1 + S + N).
  EXPECT_EQ(add(add(n, sym("S")), 1), add(add(1, sym("S")), n));
}

TEST(PolynomialTest, Sub) {
  Polynomial n = sym("N");
  EXPECT_EQ(sub(n, 1).toString(), "N - 1");
  EXPECT_EQ(sub(1, n).toString(), "-N + 1");
  // (N + 5) - (N + 2) = 3
  EXPECT_EQ(sub(add(n, 5), add(n, 2)), Polynomial(3));
  // 0 - 2*N = -2*N
  EXPECT_EQ(sub(0, mul(2, n)).toString(), "-2*N");
}

TEST(PolynomialTest, Mul) {
  Polynomial n = sym("N"), s = sym("S");
  // (2*N) * (3*S) = 6*N*S
  EXPECT_EQ(mul(mul(2, n), mul(3, s)).toString(), "6*N*S");
  // (N + 1) * (N - 1) = N^2 - 1: the cross terms N and -N cancel.
  EXPECT_EQ(mul(add(n, 1), sub(n, 1)).toString(), "N^2 - 1");
  // (N + S)^2 = N^2 + 2*N*S + S^2: equal degree, ordered by symbol, then
  // higher power first.
  Polynomial sum = add(n, s);
  EXPECT_EQ(mul(sum, sum).toString(), "N^2 + 2*N*S + S^2");
  // Higher degree first: 2*N^2*S (degree 3), 3*N (1), -4 (0).
  EXPECT_EQ(example().toString(), "2*N^2*S + 3*N - 4");
  // x 0 = 0, x 1 = itself.
  EXPECT_EQ(mul(example(), 0), Polynomial(0));
  EXPECT_EQ(mul(example(), 1), example());
  // Commutative: N*S == S*N.
  EXPECT_EQ(mul(n, s), mul(s, n));
}

TEST(PolynomialTest, InPlace) {
  Polynomial p = 4;
  p += sym("N"); // 4 + N
  p *= 3;        // 3*N + 12
  ++p;           // 3*N + 13
  EXPECT_EQ(p.toString(), "3*N + 13");
}

TEST(PolynomialTest, Print) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << example();
  EXPECT_EQ(text, "2*N^2*S + 3*N - 4");
  // A coefficient of -1 prints as a sign: -N^2 + N.
  EXPECT_EQ(add(mul(-1, mul(sym("N"), sym("N"))), sym("N")).toString(),
            "-N^2 + N");
}

//===----------------------------------------------------------------------===//
// Division
//===----------------------------------------------------------------------===//

TEST(PolynomialTest, DivideConstants) {
  EXPECT_EQ(Polynomial::floorDiv(7, 2), Polynomial(3));   // floor(3.5) = 3
  EXPECT_EQ(Polynomial::ceilDiv(7, 2), Polynomial(4));    // ceil(3.5) = 4
  EXPECT_EQ(Polynomial::floorDiv(8, 2), Polynomial(4));   // exact: 4
  EXPECT_EQ(Polynomial::ceilDiv(8, 2), Polynomial(4));    // exact: 4
  EXPECT_EQ(Polynomial::floorDiv(-7, 2), Polynomial(-4)); // floor(-3.5) = -4
  EXPECT_EQ(Polynomial::ceilDiv(-7, 2), Polynomial(-3));  // ceil(-3.5) = -3
  EXPECT_EQ(Polynomial::ceilDiv(0, 5), Polynomial(0));    // 0/5 = 0
  // A strided window: floor((224 - 3)/2) + 1 = floor(110.5) + 1 = 111.
  EXPECT_EQ(add(*Polynomial::floorDiv(224 - 3, 2), 1), Polynomial(111));
}

TEST(PolynomialTest, DivideByNonPositiveFails) {
  EXPECT_EQ(Polynomial::floorDiv(7, 0), std::nullopt);
  EXPECT_EQ(Polynomial::ceilDiv(7, 0), std::nullopt);
  EXPECT_EQ(Polynomial::floorDiv(7, -2), std::nullopt);
  EXPECT_EQ(Polynomial::ceilDiv(sym("N"), -1), std::nullopt);
}

TEST(PolynomialTest, DivideExactly) {
  Polynomial n = sym("N");
  // (4*N + 8)/4 = N + 2: every coefficient divides, a plain polynomial.
  Polynomial p = add(mul(4, n), 8);
  EXPECT_EQ(Polynomial::floorDiv(p, 4), add(n, 2));
  EXPECT_EQ(Polynomial::ceilDiv(p, 4), add(n, 2));
  EXPECT_EQ(Polynomial::floorDiv(p, 4)->toString(), "N + 2");
}

TEST(PolynomialTest, DivideInexactly) {
  Polynomial n = sym("N");
  // The trip count of a loop over N with step 32, starting at 1.
  std::optional<Polynomial> trips = Polynomial::ceilDiv(sub(n, 1), 32);
  ASSERT_TRUE(trips.has_value());
  EXPECT_EQ(trips->toString(), "ceil((N - 1)/32)");
  EXPECT_FALSE(trips->isConstant());
  // A single term needs no parentheses.
  EXPECT_EQ(Polynomial::floorDiv(n, 3)->toString(), "floor(N/3)");
  // The quotient's symbols count as the polynomial's symbols.
  SmallVector<std::string> symbols;
  trips->getSymbols(symbols);
  EXPECT_EQ(symbols, (SmallVector<std::string>{"N"}));
  // A common factor of the divisor and every coefficient is cancelled:
  // ceil(2*C/4) = ceil(C/2).
  EXPECT_EQ(Polynomial::ceilDiv(mul(2, sym("C")), 4)->toString(), "ceil(C/2)");
  // A quotient atom takes part in arithmetic like a symbol:
  // 2 * ceil((N - 1)/32) + 1.
  EXPECT_EQ(add(mul(2, *trips), 1).toString(), "2*ceil((N - 1)/32) + 1");
  // The same quotient built twice is the same atom.
  EXPECT_EQ(*trips, *Polynomial::ceilDiv(sub(n, 1), 32));
  EXPECT_NE(*trips, *Polynomial::floorDiv(sub(n, 1), 32));
}

//===----------------------------------------------------------------------===//
// Substitution
//===----------------------------------------------------------------------===//

TEST(PolynomialTest, SubstituteAll) {
  // 2*N^2*S + 3*N - 4 at N = 3, S = 5: 2*9*5 + 9 - 4 = 90 + 5 = 95.
  EXPECT_EQ(substitute(example(), {{"N", 3}, {"S", 5}}), Polynomial(95));
  // At N = 0, S = 7: only the constant term is left: -4.
  EXPECT_EQ(substitute(example(), {{"N", 0}, {"S", 7}}), Polynomial(-4));
}

TEST(PolynomialTest, SubstitutePartially) {
  // N = 2 only: 2*4*S + 6 - 4 = 8*S + 2; S stays a symbol.
  std::optional<Polynomial> p = substitute(example(), {{"N", 2}});
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->toString(), "8*S + 2");
  // Substituting nothing (or an unknown name) changes nothing.
  EXPECT_EQ(substitute(example(), {}), example());
  EXPECT_EQ(substitute(example(), {{"X", 9}}), example());
}

TEST(PolynomialTest, SubstitutePolynomial) {
  // N^2 at N = S + 1: (S + 1)^2 = S^2 + 2*S + 1.
  Polynomial n = sym("N");
  std::optional<Polynomial> p =
      substitute(mul(n, n), {{"N", add(sym("S"), 1)}});
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->toString(), "S^2 + 2*S + 1");
}

TEST(PolynomialTest, SubstituteIntoQuotients) {
  // ceil((N - 1)/32) is divided again once N is known:
  //   N = 65: ceil(64/32) = 2; N = 66: ceil(65/32) = ceil(2.03) = 3;
  //   N = 1: ceil(0/32) = 0.
  Polynomial trips = *Polynomial::ceilDiv(sub(sym("N"), 1), 32);
  EXPECT_EQ(substitute(trips, {{"N", 65}}), Polynomial(2));
  EXPECT_EQ(substitute(trips, {{"N", 66}}), Polynomial(3));
  EXPECT_EQ(substitute(trips, {{"N", 1}}), Polynomial(0));
  // floor(N/3) at N = 10: floor(3.33) = 3.
  EXPECT_EQ(substitute(*Polynomial::floorDiv(sym("N"), 3), {{"N", 10}}),
            Polynomial(3));
  // 4*N*ceil((N - 1)/32) at N = 66: 4 * 66 * 3 = 792.
  Polynomial p = mul(mul(4, sym("N")), trips);
  EXPECT_EQ(substitute(p, {{"N", 66}}), Polynomial(792));
}

//===----------------------------------------------------------------------===//
// Overflow: every operation fails rather than wraps
//===----------------------------------------------------------------------===//

TEST(PolynomialTest, ConstantOverflow) {
  EXPECT_EQ(Polynomial::add(kMax, 1), std::nullopt);  // 2^63 > INT64_MAX
  EXPECT_EQ(Polynomial::add(kMin, -1), std::nullopt); // -2^63 - 1 < INT64_MIN
  EXPECT_EQ(Polynomial::sub(kMin, 1), std::nullopt);  // -2^63 - 1
  EXPECT_EQ(Polynomial::sub(0, kMin), std::nullopt);  // 2^63
  EXPECT_EQ(Polynomial::mul(kMax, 2), std::nullopt);  // 2^64 - 2
  EXPECT_EQ(Polynomial::mul(kMin, -1), std::nullopt); // 2^63
  EXPECT_EQ(Polynomial::mul(int64_t(1) << 32, int64_t(1) << 31),
            std::nullopt); // 2^63
  // Just inside the range: (2^62 - 1) * 2 + 1 = 2^63 - 1 = INT64_MAX.
  EXPECT_EQ(Polynomial::add(mul((int64_t(1) << 62) - 1, 2), 1),
            Polynomial(kMax));
  EXPECT_EQ(Polynomial::sub(kMax, kMax), Polynomial(0));
  // ceil(INT64_MIN / 2) is computed as -floor(-INT64_MIN / 2): refused.
  EXPECT_EQ(Polynomial::ceilDiv(kMin, 2), std::nullopt);
  // floor(INT64_MIN / 2) = -2^62 needs no negation.
  EXPECT_EQ(Polynomial::floorDiv(kMin, 2), Polynomial(kMin / 2));
}

TEST(PolynomialTest, SymbolicOverflow) {
  Polynomial n = sym("N");
  // A coefficient overflows: (2^62 * N) * 2 = 2^63 * N.
  Polynomial big = mul(int64_t(1) << 62, n);
  EXPECT_EQ(Polynomial::mul(big, 2), std::nullopt);
  // Adding like terms: 2^62*N + 2^62*N = 2^63*N.
  EXPECT_EQ(Polynomial::add(big, big), std::nullopt);
  // Subtracting: -2^62*N - 2^62*N - N = -(2^63 + 1)*N.
  EXPECT_EQ(Polynomial::sub(sub(mul(-1, big), big), n), std::nullopt);
  // The constant term of a symbolic polynomial overflows too.
  EXPECT_EQ(Polynomial::add(add(n, kMax), 1), std::nullopt);
  // Products of polynomials: (2^32*N + 1) * (2^31*S) has a term 2^63*N*S.
  EXPECT_EQ(Polynomial::mul(add(mul(int64_t(1) << 32, n), 1),
                            mul(int64_t(1) << 31, sym("S"))),
            std::nullopt);
  // Unlike terms do not add: 2^62*N + 2^62*S is fine.
  EXPECT_TRUE(
      Polynomial::add(big, mul(int64_t(1) << 62, sym("S"))).has_value());
}

TEST(PolynomialTest, SubstituteOverflow) {
  Polynomial n = sym("N");
  // N^2 at N = 2^32: 2^64 > INT64_MAX.
  EXPECT_EQ(substitute(mul(n, n), {{"N", int64_t(1) << 32}}), std::nullopt);
  // N^2 at N = 2^31: 2^62, fine.
  EXPECT_EQ(substitute(mul(n, n), {{"N", int64_t(1) << 31}}),
            Polynomial(int64_t(1) << 62));
  // 2^62*N + 2^62 at N = 1: 2^62 + 2^62 = 2^63.
  EXPECT_EQ(
      substitute(add(mul(int64_t(1) << 62, n), int64_t(1) << 62), {{"N", 1}}),
      std::nullopt);
}

//===----------------------------------------------------------------------===//
// Comparison
//===----------------------------------------------------------------------===//

TEST(PolynomialTest, NonNegativeCoefficients) {
  EXPECT_TRUE(Polynomial(0).hasNonNegativeCoefficients());
  EXPECT_TRUE(add(mul(3, sym("N")), 2).hasNonNegativeCoefficients());
  EXPECT_FALSE(sub(sym("N"), 1).hasNonNegativeCoefficients());
  EXPECT_FALSE(sub(1, sym("N")).hasNonNegativeCoefficients());
  EXPECT_FALSE(Polynomial(-1).hasNonNegativeCoefficients());
}

TEST(PolynomialTest, KnownGreaterOrEqual) {
  Polynomial n = sym("N"), s = sym("S");
  // 2*N - N = N >= 0 for every N >= 0.
  EXPECT_EQ(Polynomial::knownGreaterOrEqual(mul(2, n), n), true);
  // false: the other way round is known, 2*N - N = N has no negative
  // coefficient (N >= 2*N holds only at N = 0).
  EXPECT_EQ(Polynomial::knownGreaterOrEqual(n, mul(2, n)), false);
  // N - S has a positive and a negative coefficient: unknown.
  EXPECT_EQ(Polynomial::knownGreaterOrEqual(n, s), std::nullopt);
  // Equal polynomials: the difference 0 is >= 0.
  EXPECT_EQ(Polynomial::knownGreaterOrEqual(example(), example()), true);
  // Constants: 5 >= 3, not 3 >= 5.
  EXPECT_EQ(Polynomial::knownGreaterOrEqual(5, 3), true);
  EXPECT_EQ(Polynomial::knownGreaterOrEqual(3, 5), false);
  // INT64_MAX - (-1) overflows: unknown.
  EXPECT_EQ(Polynomial::knownGreaterOrEqual(kMax, -1), std::nullopt);
}

} // namespace
