//===- Polynomial.h - Exact integer polynomials over shape symbols -*- C++
//-*-===//
//
// A count that depends on a dynamic dimension: a polynomial over named
// symbols (N, S, arg0_d0, ...) with exact int64 coefficients, e.g.
// 4718592*N. A quotient that does not divide exactly (a trip count
// ceil((ub - lb)/step), a strided window floor((H - 3)/2) + 1) is kept as a
// factor of its own, so a formula stays exact for every value of its
// symbols. Every operation is overflow-checked: a coefficient beyond the
// int64 range fails, it never wraps.
//
// A polynomial without symbols is a plain integer; that case costs no
// allocation, so static models pay nothing for the symbolic machinery.
//
//===----------------------------------------------------------------------===//

#ifndef COST_INTERFACES_POLYNOMIAL_H
#define COST_INTERFACES_POLYNOMIAL_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace mlir {
namespace cost {

class Polynomial;

/// A variable of a polynomial: a named symbol, or the floor or ceiling of a
/// polynomial divided by a positive constant that does not divide it.
/// Immutable and shared between the polynomials that use it.
struct PolynomialAtom {
  /// The atom as printed ("N", "ceil((N - 1)/32)"): orders and identifies
  /// atoms, so equal atoms compare equal wherever they were built.
  std::string key;
  /// Set for a quotient.
  std::unique_ptr<Polynomial> numerator;
  int64_t divisor = 0;
  bool ceil = false;
};

class Polynomial {
public:
  /// A constant.
  Polynomial(int64_t constant = 0) : constant(constant) {}

  /// The polynomial `name` (a symbol with coefficient 1).
  static Polynomial symbol(StringRef name);

  /// floor(p / divisor) and ceil(p / divisor), divisor > 0. Exact when every
  /// coefficient of `p` is a multiple of `divisor` (then a plain
  /// polynomial); otherwise a quotient atom, computed on the spot when `p`
  /// is a constant. Fails on divisor <= 0.
  static std::optional<Polynomial> floorDiv(const Polynomial &p,
                                            int64_t divisor);
  static std::optional<Polynomial> ceilDiv(const Polynomial &p,
                                           int64_t divisor);

  /// Overflow-checked arithmetic: std::nullopt if a coefficient leaves the
  /// int64 range.
  static std::optional<Polynomial> add(const Polynomial &a,
                                       const Polynomial &b);
  static std::optional<Polynomial> sub(const Polynomial &a,
                                       const Polynomial &b);
  static std::optional<Polynomial> mul(const Polynomial &a,
                                       const Polynomial &b);

  /// Whether the last add or mul on this thread that returned std::nullopt
  /// did so because the result would have more than kMaxFormulaTerms terms
  /// (not on overflow); clears the flag. A count past the limit is
  /// reported as unresolved, with that reason.
  static bool takeTermLimitFailure();

  /// In-place forms for per-element constants built by the models (small
  /// literals: overflow there is a programming error and aborts).
  Polynomial &operator+=(const Polynomial &other);
  Polynomial &operator*=(int64_t factor);
  Polynomial &operator++() { return *this += 1; }

  bool isConstant() const { return terms.empty(); }
  /// The value if there are no symbols.
  std::optional<int64_t> getConstant() const {
    if (isConstant())
      return constant;
    return std::nullopt;
  }
  /// The constant term (the value when every variable is 0).
  int64_t getConstantTerm() const { return constant; }

  /// True if every coefficient (the constant term included) is >= 0: the
  /// polynomial is >= 0 wherever its variables are. Symbols are dimension
  /// sizes and quotients of them, so they are >= 0.
  bool hasNonNegativeCoefficients() const;

  /// The polynomial with each symbol that `values` maps replaced by its
  /// value (quotients are divided again); other symbols stay. std::nullopt
  /// on overflow.
  std::optional<Polynomial>
  substitute(const llvm::StringMap<Polynomial> &values) const;

  /// The named symbols, sorted, each once (also those inside quotients).
  void getSymbols(SmallVectorImpl<std::string> &symbols) const;

  /// Whether `a` >= `b` for every value of the variables (>= 0), as far as
  /// their coefficients tell: true if a - b has only coefficients >= 0,
  /// false if b - a does, std::nullopt if neither (or on overflow).
  static std::optional<bool> knownGreaterOrEqual(const Polynomial &a,
                                                 const Polynomial &b);

  /// "4718592*N", "2*N^2*S + 3*N - 4", "ceil((N - 1)/32)", "12".
  std::string toString() const;
  void print(llvm::raw_ostream &os) const;

  bool operator==(const Polynomial &other) const;
  bool operator!=(const Polynomial &other) const { return !(*this == other); }

private:
  struct Factor {
    std::shared_ptr<const PolynomialAtom> atom;
    unsigned power = 1;
  };
  struct Term {
    /// Sorted by atom key; no atom twice.
    SmallVector<Factor, 2> factors;
    int64_t coefficient = 0;
  };
  /// The non-constant terms, on the heap only when there are some: a
  /// constant polynomial (every count of a static shape) is 16 bytes and
  /// copies without allocating. The analysis keeps seven per op.
  class TermList {
  public:
    using iterator = std::vector<Term>::iterator;
    using const_iterator = std::vector<Term>::const_iterator;
    TermList() = default;
    // Copies, assignments and destruction of an empty list are inline and
    // allocate nothing; the rest is out of line (Polynomial.cpp).
    TermList(const TermList &other)
        : list(other.empty() ? nullptr : copy(other)) {}
    TermList(TermList &&) = default;
    TermList &operator=(const TermList &other) {
      if (other.empty())
        list.reset();
      else if (this != &other)
        list = copy(other);
      return *this;
    }
    TermList &operator=(TermList &&) = default;
    bool empty() const { return !list || list->empty(); }
    size_t size() const { return list ? list->size() : 0; }
    iterator begin() { return list ? list->begin() : iterator(); }
    iterator end() { return list ? list->end() : iterator(); }
    const_iterator begin() const {
      return list ? list->cbegin() : const_iterator();
    }
    const_iterator end() const {
      return list ? list->cend() : const_iterator();
    }
    void push_back(Term term);
    /// `at` is an iterator of this list (end() when it is empty).
    iterator insert(iterator at, Term term);
    iterator erase(iterator at) { return list->erase(at); }

  private:
    struct Deleter {
      void operator()(std::vector<Term> *list) const;
    };
    using List = std::unique_ptr<std::vector<Term>, Deleter>;
    static List copy(const TermList &other);
    List list;
  };
  static int compareMonomials(const Term &a, const Term &b);
  /// Records a failure on kMaxFormulaTerms; returns std::nullopt.
  static std::nullopt_t tooManyTerms();
  /// The polynomial 1 * atom.
  static Polynomial fromAtom(std::shared_ptr<const PolynomialAtom> atom);
  static std::optional<Polynomial> divide(const Polynomial &p, int64_t divisor,
                                          bool ceil);
  /// Adds `coefficient` x monomial to the sorted term list.
  [[nodiscard]] bool addTerm(const Term &term);

  int64_t constant = 0;
  /// Non-constant terms in print order (higher degree first), none zero.
  TermList terms;
};

inline llvm::raw_ostream &operator<<(llvm::raw_ostream &os,
                                     const Polynomial &p) {
  p.print(os);
  return os;
}

} // namespace cost
} // namespace mlir

#endif // COST_INTERFACES_POLYNOMIAL_H
